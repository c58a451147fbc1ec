import { router } from "../trpc/init";

export const portalRouter = router({});
