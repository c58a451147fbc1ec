import { router } from "../trpc/init";

/** The agency's phone numbers (search, buy, attach, forward, release). */
export const numberRouter = router({});
