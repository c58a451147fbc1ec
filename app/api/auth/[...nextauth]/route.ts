import NextAuth from "next-auth";
import { authOptions } from "@/server/auth";

type Ctx = { params: Promise<{ nextauth: string[] }> };
const handler = (req: Request, ctx: Ctx) => NextAuth(authOptions())(req, ctx);

export { handler as GET, handler as POST };
