import { z } from "zod";

/**
 * Zod 4 probes `new Function("")` to decide whether to compile fast parsers. Under our CSP (no
 * 'unsafe-eval') the probe fails harmlessly but the browser reports a CSP violation on every page;
 * jitless mode skips the probe. Imported once by the client root (app/_trpc/client.tsx).
 */
z.config({ jitless: true });
