ALTER TABLE "save_offers" ADD COLUMN "declined_with_outcome" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Offers declined before this column existed: those the closing of the case swept off
-- the table were decided in the outcome's own transaction, at its instant and by its user.
UPDATE "save_offers" SET "declined_with_outcome" = true
FROM "save_cases"
WHERE "save_cases"."workspace_id" = "save_offers"."workspace_id" AND "save_cases"."id" = "save_offers"."case_id"
  AND "save_offers"."status" = 'declined' AND "save_offers"."decided_at" = "save_cases"."outcome_at"
  AND "save_offers"."decided_by_user_id" IS NOT DISTINCT FROM "save_cases"."outcome_by_user_id";
