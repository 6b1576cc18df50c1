import { expect, test as setup } from "@playwright/test";
import { ADMIN, adminState, REPORTER, reporterState } from "./accounts";

setup("a fresh install offers the one-time admin form, then adds a reporter", async ({ page, browser }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/mulai$/);
  await page.getByLabel("Nama lengkap").fill(ADMIN.name);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Kata sandi", { exact: true }).fill(ADMIN.password);
  await page.getByLabel("Ulangi kata sandi").fill("tidak-sama-sekali");
  await page.getByRole("button", { name: "Buat akun admin" }).click();
  await expect(page.getByText("Kata sandi tidak sama.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(ADMIN.email);

  await page.getByLabel("Kata sandi", { exact: true }).fill(ADMIN.password);
  await page.getByLabel("Ulangi kata sandi").fill(ADMIN.password);
  await page.getByRole("button", { name: "Buat akun admin" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Berita", exact: true })).toBeVisible();

  // The form is one-time: once an account exists it sends people to the login page.
  const other = await browser.newContext();
  const anon = await other.newPage();
  await anon.goto("/admin/mulai");
  await expect(anon).toHaveURL(/\/admin\/masuk$/);
  await other.close();

  await page.goto("/admin/staf");
  await page.getByLabel("Nama").fill(REPORTER.name);
  await page.getByLabel("Email").fill(REPORTER.email);
  await page.getByLabel("Peran", { exact: true }).selectOption("reporter");
  await page.getByLabel("Kata sandi awal").fill(REPORTER.password);
  await page.getByRole("button", { name: "Tambah staf" }).click();
  await expect(page.getByText("Staf ditambahkan.")).toBeVisible();
  await page.context().storageState({ path: adminState });

  const rctx = await browser.newContext();
  const rpage = await rctx.newPage();
  await rpage.goto("/admin/masuk");
  await rpage.getByLabel("Email").fill(REPORTER.email);
  await rpage.getByLabel("Kata sandi").fill(REPORTER.password);
  await rpage.getByRole("button", { name: "Masuk" }).click();
  await expect(rpage).toHaveURL(/\/admin$/);
  await rctx.storageState({ path: reporterState });
  await rctx.close();
});
