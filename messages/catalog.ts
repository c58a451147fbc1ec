import en from "./en.json";
import enClients from "./en/clients.json";
import enDocuments from "./en/documents.json";
import enOncall from "./en/oncall.json";
import enPortal from "./en/portal.json";
import enTerms from "./en/terms.json";
import enMessages from "./en/messages.json";
import enOperators from "./en/operators.json";
import enWallboard from "./en/wallboard.json";
import enDesk from "./en/desk.json";
import enAcd from "./en/acd.json";
import enCalls from "./en/calls.json";
import enTelephony from "./en/telephony.json";
import enNumbers from "./en/numbers.json";
import enHotlines from "./en/hotlines.json";
import enReports from "./en/reports.json";
import enAgencyReports from "./en/agency-reports.json";
import enBilling from "./en/billing.json";
import enData from "./en/data.json";
import enSecurity from "./en/security.json";
import enAdversarial from "./en/adversarial.json";
import ru from "./ru.json";
import ruClients from "./ru/clients.json";
import ruDocuments from "./ru/documents.json";
import ruOncall from "./ru/oncall.json";
import ruPortal from "./ru/portal.json";
import ruTerms from "./ru/terms.json";
import ruMessages from "./ru/messages.json";
import ruOperators from "./ru/operators.json";
import ruWallboard from "./ru/wallboard.json";
import ruDesk from "./ru/desk.json";
import ruAcd from "./ru/acd.json";
import ruCalls from "./ru/calls.json";
import ruTelephony from "./ru/telephony.json";
import ruNumbers from "./ru/numbers.json";
import ruHotlines from "./ru/hotlines.json";
import ruReports from "./ru/reports.json";
import ruAgencyReports from "./ru/agency-reports.json";
import ruBilling from "./ru/billing.json";
import ruData from "./ru/data.json";
import ruSecurity from "./ru/security.json";
import ruAdversarial from "./ru/adversarial.json";

/**
 * The UI catalogs: the foundation's file plus one file per domain (messages/<locale>/<domain>.json), deep
 * merged, so that each domain keeps its strings in its own file (a domain may add to shared namespaces
 * such as `errors`).
 */
type Tree = { [key: string]: string | Tree };

function merge(...trees: object[]): Tree {
  const out: Tree = {};
  for (const tree of trees as Tree[]) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] = typeof value === "object" && typeof existing === "object" ? merge(existing, value) : value;
    }
  }
  return out;
}

export const catalogs = {
  en: merge(en, enClients, enTerms, enDocuments, enOncall, enPortal, enTelephony, enCalls, enDesk, enAcd, enWallboard, enOperators, enMessages, enNumbers, enHotlines, enReports, enAgencyReports, enBilling, enData, enSecurity, enAdversarial),
  ru: merge(ru, ruClients, ruTerms, ruDocuments, ruOncall, ruPortal, ruTelephony, ruCalls, ruDesk, ruAcd, ruWallboard, ruOperators, ruMessages, ruNumbers, ruHotlines, ruReports, ruAgencyReports, ruBilling, ruData, ruSecurity, ruAdversarial),
};
