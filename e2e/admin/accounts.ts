import { E2E_DATA_DIR } from "../../playwright.config";

export const ADMIN = { name: "Lestari Admin", email: "admin@warta.test", password: "sandi-admin-rahasia-1" };
export const REPORTER = { name: "Raka Reporter", email: "raka@warta.test", password: "sandi-reporter-rahasia-2" };

export const adminState = `${E2E_DATA_DIR}/admin-state.json`;
export const reporterState = `${E2E_DATA_DIR}/reporter-state.json`;
