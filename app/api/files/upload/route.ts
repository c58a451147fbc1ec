import { getSessionUserId } from "@/server/auth";
import { handleUpload } from "@/server/documents/file-http";
import { env } from "@/server/env";
import { csrfRefusal, isCrossSiteRequest } from "@/server/security/csrf";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  // Cookie-authenticated: another site's form posting a file with the visitor's cookie is refused.
  if (isCrossSiteRequest(req.headers, env().PUBLIC_URL)) return csrfRefusal();
  return handleUpload(req, await getSessionUserId());
}
