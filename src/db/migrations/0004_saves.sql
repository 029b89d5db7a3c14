CREATE TYPE "public"."deferred_settlement" AS ENUM('bill', 'waive');--> statement-breakpoint
CREATE TYPE "public"."save_case_status" AS ENUM('open', 'saved', 'downgraded', 'paused', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."save_offer_kind" AS ENUM('holiday', 'reduction', 'downgrade', 'pause');--> statement-breakpoint
CREATE TYPE "public"."save_offer_status" AS ENUM('proposed', 'accepted', 'declined');--> statement-breakpoint
CREATE TABLE "post_mortem_tasks" (
	"workspace_id" uuid NOT NULL,
	"post_mortem_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	CONSTRAINT "post_mortem_tasks_workspace_id_post_mortem_id_task_id_pk" PRIMARY KEY("workspace_id","post_mortem_id","task_id")
);
--> statement-breakpoint
CREATE TABLE "post_mortems" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"agreement_id" uuid,
	"reason" text NOT NULL,
	"what_failed" text,
	"created_by_user_id" uuid,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_mortems_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "save_cases" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"agreement_id" uuid,
	"taken_by_user_id" uuid,
	"taken_by_label" text NOT NULL,
	"called_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"notes" text,
	"causes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "save_case_status" DEFAULT 'open' NOT NULL,
	"outcome_at" timestamp with time zone,
	"outcome_by_user_id" uuid,
	"outcome_note" text,
	"deferred_settlement" "deferred_settlement",
	"deferred_settled_minor" bigint,
	"settlement_invoice_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "save_cases_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "save_cases_outcome" CHECK (("save_cases"."status" = 'open') = ("save_cases"."outcome_at" is null) and ("save_cases"."deferred_settled_minor" is null or "save_cases"."deferred_settled_minor" > 0))
);
--> statement-breakpoint
CREATE TABLE "save_offers" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"kind" "save_offer_kind" NOT NULL,
	"from_period" integer NOT NULL,
	"terms" jsonb NOT NULL,
	"status" "save_offer_status" DEFAULT 'proposed' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"returns_on" date,
	"end_period" integer,
	"revenue_effect_minor" bigint NOT NULL,
	"override_reason" text,
	"overridden_policies" text[],
	"proposed_by_user_id" uuid,
	"adjustment_id" uuid,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"confirmation" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "save_offers_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "save_offers_decision" CHECK (("save_offers"."status" = 'proposed') = ("save_offers"."decided_at" is null) and ("save_offers"."status" = 'accepted') = ("save_offers"."adjustment_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "save_policies" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"policy" jsonb NOT NULL,
	"reasons" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "post_mortem_tasks" ADD CONSTRAINT "post_mortem_tasks_workspace_id_post_mortem_id_post_mortems_workspace_id_id_fk" FOREIGN KEY ("workspace_id","post_mortem_id") REFERENCES "public"."post_mortems"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_mortem_tasks" ADD CONSTRAINT "post_mortem_tasks_workspace_id_task_id_tasks_workspace_id_id_fk" FOREIGN KEY ("workspace_id","task_id") REFERENCES "public"."tasks"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_mortems" ADD CONSTRAINT "post_mortems_workspace_id_case_id_save_cases_workspace_id_id_fk" FOREIGN KEY ("workspace_id","case_id") REFERENCES "public"."save_cases"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_mortems" ADD CONSTRAINT "post_mortems_workspace_id_client_id_clients_workspace_id_id_fk" FOREIGN KEY ("workspace_id","client_id") REFERENCES "public"."clients"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "save_cases" ADD CONSTRAINT "save_cases_workspace_id_client_id_clients_workspace_id_id_fk" FOREIGN KEY ("workspace_id","client_id") REFERENCES "public"."clients"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "save_cases" ADD CONSTRAINT "save_cases_workspace_id_agreement_id_agreements_workspace_id_id_fk" FOREIGN KEY ("workspace_id","agreement_id") REFERENCES "public"."agreements"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "save_cases" ADD CONSTRAINT "save_cases_workspace_id_taken_by_user_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","taken_by_user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "save_cases" ADD CONSTRAINT "save_cases_workspace_id_settlement_invoice_id_invoices_workspace_id_id_fk" FOREIGN KEY ("workspace_id","settlement_invoice_id") REFERENCES "public"."invoices"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "save_offers" ADD CONSTRAINT "save_offers_workspace_id_case_id_save_cases_workspace_id_id_fk" FOREIGN KEY ("workspace_id","case_id") REFERENCES "public"."save_cases"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "save_offers" ADD CONSTRAINT "save_offers_workspace_id_agreement_id_agreements_workspace_id_id_fk" FOREIGN KEY ("workspace_id","agreement_id") REFERENCES "public"."agreements"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "save_offers" ADD CONSTRAINT "save_offers_workspace_id_adjustment_id_adjustments_workspace_id_id_fk" FOREIGN KEY ("workspace_id","adjustment_id") REFERENCES "public"."adjustments"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "save_policies" ADD CONSTRAINT "save_policies_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "post_mortems_case" ON "post_mortems" USING btree ("workspace_id","case_id");--> statement-breakpoint
CREATE INDEX "post_mortems_client" ON "post_mortems" USING btree ("workspace_id","client_id");--> statement-breakpoint
CREATE INDEX "save_cases_recent" ON "save_cases" USING btree ("workspace_id","called_at","id");--> statement-breakpoint
CREATE INDEX "save_cases_client" ON "save_cases" USING btree ("workspace_id","client_id");--> statement-breakpoint
CREATE INDEX "save_cases_status" ON "save_cases" USING btree ("workspace_id","status");--> statement-breakpoint
CREATE INDEX "save_offers_case" ON "save_offers" USING btree ("workspace_id","case_id");--> statement-breakpoint
CREATE INDEX "save_offers_accepted_ends" ON "save_offers" USING btree ("workspace_id","ends_on") WHERE status = 'accepted';--> statement-breakpoint
CREATE UNIQUE INDEX "save_offers_adjustment" ON "save_offers" USING btree ("workspace_id","adjustment_id");