import { hashPassword } from "../lib/auth/password-hash";

// Prints the line for ADMIN_PASSWORD_HASH. On a terminal the password is typed without echo, twice; piped in
// (`printf '%s' "$PASSWORD" | npm run admin:hash`), the whole input is the password, less one final line break.

const MIN_LENGTH = 12;

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
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const password = await readHidden("Admin password: ");
  if (password !== (await readHidden("Once more: "))) throw new Error("The two passwords differ; nothing was printed.");
  return password;
}

async function main() {
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
