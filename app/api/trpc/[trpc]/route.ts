import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getSessionUserId } from "@/server/auth";
import { env } from "@/server/env";
import { appRouter } from "@/server/root";
import { csrfRefusal, isCrossSiteRequest } from "@/server/security/csrf";
import { createContext } from "@/server/trpc/context";

const handler = async (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => createContext({ userId: await getSessionUserId(), headers: req.headers }),
  });

/** Mutations are POSTs: one another site's page makes with the visitor's cookie is refused before any procedure runs. */
async function post(req: Request) {
  if (isCrossSiteRequest(req.headers, env().PUBLIC_URL)) return csrfRefusal();
  return handler(req);
}

export { handler as GET, post as POST };
