import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getSessionUserId } from "@/server/auth";
import { appRouter } from "@/server/root";
import { createContext } from "@/server/trpc/context";

const handler = async (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => createContext({ userId: await getSessionUserId(), headers: req.headers }),
  });

export { handler as GET, handler as POST };
