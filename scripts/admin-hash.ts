import { hashPassword } from "../lib/auth/password-hash";

// Prints the line for ADMIN_PASSWORD_HASH. On a terminal the password is typed without echo, twice. Piped in
// (`printf '%s\n' "$PASSWORD" | npm run admin:hash`), the input is one line, or the same line twice as if typed twice;
// anything else (two different lines, more lines, nothing) is refused, and so is any argument, rather than hashing a
// password the consultant did not mean or ignoring the one they gave.

const MIN_LENGTH = 12;
const PIPED_FORM = `printf '%s\\n' "$PASSWORD" | npm run admin:hash`;

function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stderr.write(prompt);
    input.setRawMode(true);
    input.resume();
    input.setEncoding("utf8");
    let typed = "";
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off("data", onData);
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return finish();
        if (char === "\u0003" || char === "\u0004") return finish(new Error("Cancelled."));
        if (char === "\u007f" || char === "\b") typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on("data", onData);
  });
}

async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "").split(/\r?\n/);
  const [password = ""] = lines;
  if (!password || lines.length > 2 || lines.some((line) => line !== password)) {
    throw new Error(`Piped in, the password must be one line (or the same line twice); nothing was printed. Pipe it like this: ${PIPED_FORM}`);
  }
  return password;
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const password = await readHidden("Admin password: ");
  if (password !== (await readHidden("Once more: "))) throw new Error("The two passwords differ; nothing was printed.");
  return password;
}

async function main() {
  if (process.argv.length > 2) {
    throw new Error(`admin:hash takes no arguments (a password there stays in the shell's history); nothing was printed. Run it and type the password, or pipe it in: ${PIPED_FORM}`);
  }
  const password = await readPassword();
  if (password.length < MIN_LENGTH) throw new Error(`The password needs at least ${MIN_LENGTH} characters.`);
  const hash = await hashPassword(password);
  if (process.stdin.isTTY) process.stderr.write("Put this line in the environment (.env.local or the host's settings):\n");
  process.stdout.write(`ADMIN_PASSWORD_HASH=${hash}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
