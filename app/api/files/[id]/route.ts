import { getSessionUserId } from "@/server/auth";
import { handleDownload } from "@/server/documents/file-http";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleDownload(req, await getSessionUserId(), (await params).id);
}
