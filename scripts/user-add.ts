// `npm run user:add -- --email a@b.id --name "Nama" --role editor`: adds a staff login.
// The password is read from standard input (typed or piped), never from the command line,
// where it would linger in shell history and process lists.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeEngine, startEngine } from "@/db/engine";
import { createAccount } from "@/db/mutations/staff";
import { staffRoles } from "@/lib/domain";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";

const args = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("--email tidak valid")),
  name: z.string().trim().min(2, "--name wajib"),
  role: z.enum(staffRoles, { message: `--role salah satu dari: ${staffRoles.join(", ")}` }),
});

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Kata sandi: ");
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "reporter" } } });
  const parsed = args.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const password = await readPassword();
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new Error(`Kata sandi harus ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} karakter.`);
  }
  // Migrated first, as the portal's start does: the command may run before the portal ever has.
  await startEngine();
  const { id } = await createAccount({ ...parsed.data, password });
  console.log(`Akun ${parsed.data.email} (${parsed.data.role}) dibuat, id ${id}.`);
  await closeEngine();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
