-- The local-hour layer is read by nothing: dashboards, the agency overview, exports and digests read CallRollupDay
-- (whose hourlyCalls feed the heatmap) and CallRollup. Dropping the table drops its indexes and RLS policy with it.
-- DropTable
DROP TABLE "CallRollupHour";
