import { db } from "../db";
import { env } from "../env";
import { LiveHub } from "./hub";

const globalForHub = globalThis as unknown as { switchboardLiveHub?: Promise<LiveHub> };

/** This process's one hub (kept on globalThis so hot reload does not open a second LISTEN connection). */
export function liveHub(): Promise<LiveHub> {
  globalForHub.switchboardLiveHub ??= (async () => {
    const hub = new LiveHub(db, { connectionString: env().DATABASE_URL });
    await hub.start();
    return hub;
  })().catch((error: unknown) => {
    globalForHub.switchboardLiveHub = undefined;
    throw error;
  });
  return globalForHub.switchboardLiveHub;
}
