import { TabSectionSkeleton } from "@/app/_components/ui/page-skeletons";

export default TabSectionSkeleton;
