import type { AgencyRole } from "../generated/prisma/enums";

export const DEMO_PASSWORD = "switchboard-demo";
export const DEMO_AGENCY = { slug: "demo", name: "Northwind Answering" };

/** The people of the demo agency; `npm start` prints them and the README lists them. */
export const DEMO_USERS: { email: string; name: string; role: AgencyRole }[] = [
  { email: "owner@demo.test", name: "Olga Owner", role: "OWNER" },
  { email: "admin@demo.test", name: "Anton Admin", role: "ADMIN" },
  { email: "supervisor@demo.test", name: "Svetlana Supervisor", role: "SUPERVISOR" },
  { email: "operator1@demo.test", name: "Oleg Operator", role: "OPERATOR" },
  { email: "operator2@demo.test", name: "Olivia Operator", role: "OPERATOR" },
];

