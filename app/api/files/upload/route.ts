import { getSessionUserId } from "@/server/auth";
import { handleUpload } from "@/server/documents/file-http";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  return handleUpload(req, await getSessionUserId());
}
