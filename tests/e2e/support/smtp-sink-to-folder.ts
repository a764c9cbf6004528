// The end-to-end tests' mail server: a real SMTP server that writes every message it receives to E2E_MAIL_DIR as
// an .eml file, so a test can open the founder's email the way the founder would.
import fs from "node:fs";
import path from "node:path";
import { startSmtpSink } from "../../support/smtp-sink";

const dir = process.env.E2E_MAIL_DIR;
const port = Number(process.env.E2E_SMTP_PORT);
if (!dir || !port) throw new Error("Set E2E_MAIL_DIR and E2E_SMTP_PORT");
fs.mkdirSync(dir, { recursive: true });

let count = 0;
startSmtpSink(port, (raw) => {
  count += 1;
  fs.writeFileSync(path.join(dir, `${Date.now()}-${process.pid}-${count}.eml`), raw);
}).then(() => console.log(`SMTP sink on 127.0.0.1:${port}, writing to ${dir}`));
