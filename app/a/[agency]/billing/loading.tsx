import { ListPageSkeleton } from "@/app/_components/ui/page-skeletons";

export default ListPageSkeleton;
