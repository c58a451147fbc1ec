import { router } from "../trpc/init";

/** A client's hotlines: settings, numbers, test calls. */
export const hotlineRouter = router({});
