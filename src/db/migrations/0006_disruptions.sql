CREATE TYPE "public"."client_input_source" AS ENUM('team', 'client_page');--> statement-breakpoint
CREATE TYPE "public"."meeting_kind" AS ENUM('face_to_face', 'video', 'phone');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('scheduled', 'held', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."plan_step_state" AS ENUM('planned', 'in_progress', 'done');--> statement-breakpoint
CREATE TYPE "public"."disruption_report_status" AS ENUM('submitted', 'accepted', 'sent_back');--> statement-breakpoint
CREATE TYPE "public"."thank_you_kind" AS ENUM('service_credit', 'free_month', 'discount', 'gift', 'handwritten_note', 'call');--> statement-breakpoint
CREATE TYPE "public"."thank_you_status" AS ENUM('chosen', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."disruption_status" AS ENUM('active', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'cancelled');--> statement-breakpoint
CREATE TABLE "client_page_links" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"disruption_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_opened_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_page_links_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "disruption_inputs" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"disruption_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"source" "client_input_source" NOT NULL,
	"body" text NOT NULL,
	"wants_call" boolean DEFAULT false NOT NULL,
	"interaction_id" uuid,
	"callback_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disruption_inputs_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "disruption_meetings" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"disruption_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" "meeting_kind" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"location" text,
	"notes" text,
	"status" "meeting_status" DEFAULT 'scheduled' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"organizer_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disruption_meetings_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "disruption_meetings_duration" CHECK ("disruption_meetings"."duration_minutes" between 5 and 1440)
);
--> statement-breakpoint
CREATE TABLE "disruption_plan_steps" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"disruption_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"detail" text,
	"state" "plan_step_state" DEFAULT 'planned' NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disruption_plan_steps_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "disruption_reports" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"disruption_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"what_was_done" text NOT NULL,
	"outcome" text NOT NULL,
	"next_step" text NOT NULL,
	"issues" text,
	"status" "disruption_report_status" DEFAULT 'submitted' NOT NULL,
	"review_comment" text,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"replaces_report_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disruption_reports_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "disruption_reports_review" CHECK (("disruption_reports"."status" = 'submitted') = ("disruption_reports"."reviewed_at" is null) and ("disruption_reports"."status" <> 'sent_back' or "disruption_reports"."review_comment" is not null))
);
--> statement-breakpoint
CREATE TABLE "disruption_thank_yous" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"disruption_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" "thank_you_kind" NOT NULL,
	"status" "thank_you_status" DEFAULT 'chosen' NOT NULL,
	"terms" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"agreement_id" uuid,
	"credit_id" uuid,
	"adjustment_id" uuid,
	"value_minor" bigint,
	"done_at" timestamp with time zone,
	"done_by_user_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disruption_thank_yous_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "disruption_thank_yous_done" CHECK (("disruption_thank_yous"."status" = 'done') = ("disruption_thank_yous"."done_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "disruption_clients" (
	"workspace_id" uuid NOT NULL,
	"disruption_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"channel" "interaction_channel" DEFAULT 'email' NOT NULL,
	"stand_in_user_id" uuid,
	"outreach_task_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	"contacted_at" timestamp with time zone,
	"last_update_at" timestamp with time zone,
	"next_update_due_on" date,
	"told_promised_on" date,
	"told_at" timestamp with time zone,
	CONSTRAINT "disruption_clients_workspace_id_disruption_id_client_id_pk" PRIMARY KEY("workspace_id","disruption_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "disruption_promises" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"disruption_id" uuid NOT NULL,
	"estimate_on" date NOT NULL,
	"buffer_days" integer NOT NULL,
	"promised_on" date NOT NULL,
	"reason" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disruption_promises_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "disruptions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"private_detail" text DEFAULT '' NOT NULL,
	"client_message" text NOT NULL,
	"started_on" date NOT NULL,
	"status" "disruption_status" DEFAULT 'active' NOT NULL,
	"audience" jsonb NOT NULL,
	"cadence_days" integer DEFAULT 7 NOT NULL,
	"callback_minutes" integer DEFAULT 120 NOT NULL,
	"estimate_on" date,
	"buffer_days" integer DEFAULT 0 NOT NULL,
	"promised_on" date,
	"outreach_subject" text NOT NULL,
	"outreach_body" text NOT NULL,
	"resolved_on" date,
	"resolved_at" timestamp with time zone,
	"resolution_note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disruptions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "disruptions_settings" CHECK ("disruptions"."cadence_days" between 1 and 365 and "disruptions"."callback_minutes" between 5 and 10080 and "disruptions"."buffer_days" between 0 and 365),
	CONSTRAINT "disruptions_resolution" CHECK (("disruptions"."status" = 'resolved') = ("disruptions"."resolved_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid,
	"to_address" text NOT NULL,
	"to_name" text,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" uuid,
	"status" "outbox_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"smtp_message_id" text,
	"sent_by_hand_user_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_messages_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "client_assignments" ADD COLUMN "disruption_id" uuid;--> statement-breakpoint
ALTER TABLE "client_page_links" ADD CONSTRAINT "client_page_links_workspace_id_disruption_id_client_id_disruption_clients_workspace_id_disruption_id_client_id_fk" FOREIGN KEY ("workspace_id","disruption_id","client_id") REFERENCES "public"."disruption_clients"("workspace_id","disruption_id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_inputs" ADD CONSTRAINT "disruption_inputs_workspace_id_disruption_id_client_id_disruption_clients_workspace_id_disruption_id_client_id_fk" FOREIGN KEY ("workspace_id","disruption_id","client_id") REFERENCES "public"."disruption_clients"("workspace_id","disruption_id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_inputs" ADD CONSTRAINT "disruption_inputs_workspace_id_interaction_id_interactions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","interaction_id") REFERENCES "public"."interactions"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_inputs" ADD CONSTRAINT "disruption_inputs_workspace_id_callback_id_callbacks_workspace_id_id_fk" FOREIGN KEY ("workspace_id","callback_id") REFERENCES "public"."callbacks"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_meetings" ADD CONSTRAINT "disruption_meetings_workspace_id_disruption_id_client_id_disruption_clients_workspace_id_disruption_id_client_id_fk" FOREIGN KEY ("workspace_id","disruption_id","client_id") REFERENCES "public"."disruption_clients"("workspace_id","disruption_id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_plan_steps" ADD CONSTRAINT "disruption_plan_steps_workspace_id_disruption_id_disruptions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","disruption_id") REFERENCES "public"."disruptions"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_reports" ADD CONSTRAINT "disruption_reports_workspace_id_disruption_id_client_id_disruption_clients_workspace_id_disruption_id_client_id_fk" FOREIGN KEY ("workspace_id","disruption_id","client_id") REFERENCES "public"."disruption_clients"("workspace_id","disruption_id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_reports" ADD CONSTRAINT "disruption_reports_workspace_id_author_user_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","author_user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_thank_yous" ADD CONSTRAINT "disruption_thank_yous_workspace_id_disruption_id_client_id_disruption_clients_workspace_id_disruption_id_client_id_fk" FOREIGN KEY ("workspace_id","disruption_id","client_id") REFERENCES "public"."disruption_clients"("workspace_id","disruption_id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_thank_yous" ADD CONSTRAINT "disruption_thank_yous_workspace_id_agreement_id_agreements_workspace_id_id_fk" FOREIGN KEY ("workspace_id","agreement_id") REFERENCES "public"."agreements"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_thank_yous" ADD CONSTRAINT "disruption_thank_yous_workspace_id_credit_id_credits_workspace_id_id_fk" FOREIGN KEY ("workspace_id","credit_id") REFERENCES "public"."credits"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_thank_yous" ADD CONSTRAINT "disruption_thank_yous_workspace_id_adjustment_id_adjustments_workspace_id_id_fk" FOREIGN KEY ("workspace_id","adjustment_id") REFERENCES "public"."adjustments"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_clients" ADD CONSTRAINT "disruption_clients_workspace_id_disruption_id_disruptions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","disruption_id") REFERENCES "public"."disruptions"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_clients" ADD CONSTRAINT "disruption_clients_workspace_id_client_id_clients_workspace_id_id_fk" FOREIGN KEY ("workspace_id","client_id") REFERENCES "public"."clients"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_clients" ADD CONSTRAINT "disruption_clients_workspace_id_stand_in_user_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","stand_in_user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_clients" ADD CONSTRAINT "disruption_clients_workspace_id_outreach_task_id_tasks_workspace_id_id_fk" FOREIGN KEY ("workspace_id","outreach_task_id") REFERENCES "public"."tasks"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruption_promises" ADD CONSTRAINT "disruption_promises_workspace_id_disruption_id_disruptions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","disruption_id") REFERENCES "public"."disruptions"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disruptions" ADD CONSTRAINT "disruptions_workspace_id_created_by_user_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","created_by_user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_workspace_id_client_id_clients_workspace_id_id_fk" FOREIGN KEY ("workspace_id","client_id") REFERENCES "public"."clients"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "client_page_links_token" ON "client_page_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "client_page_links_client" ON "client_page_links" USING btree ("workspace_id","disruption_id","client_id");--> statement-breakpoint
CREATE INDEX "disruption_inputs_disruption" ON "disruption_inputs" USING btree ("workspace_id","disruption_id","created_at");--> statement-breakpoint
CREATE INDEX "disruption_meetings_disruption" ON "disruption_meetings" USING btree ("workspace_id","disruption_id","starts_at");--> statement-breakpoint
CREATE INDEX "disruption_plan_steps_order" ON "disruption_plan_steps" USING btree ("workspace_id","disruption_id","position");--> statement-breakpoint
CREATE INDEX "disruption_reports_disruption" ON "disruption_reports" USING btree ("workspace_id","disruption_id","created_at");--> statement-breakpoint
CREATE INDEX "disruption_reports_author" ON "disruption_reports" USING btree ("workspace_id","author_user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "disruption_thank_yous_one" ON "disruption_thank_yous" USING btree ("workspace_id","disruption_id","client_id") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX "disruption_clients_client" ON "disruption_clients" USING btree ("workspace_id","client_id") WHERE removed_at is null;--> statement-breakpoint
CREATE INDEX "disruption_clients_stand_in" ON "disruption_clients" USING btree ("workspace_id","stand_in_user_id");--> statement-breakpoint
CREATE INDEX "disruption_promises_disruption" ON "disruption_promises" USING btree ("workspace_id","disruption_id","created_at");--> statement-breakpoint
CREATE INDEX "disruptions_recent" ON "disruptions" USING btree ("workspace_id","started_on","id");--> statement-breakpoint
CREATE INDEX "disruptions_active" ON "disruptions" USING btree ("workspace_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "outbox_recent" ON "outbox_messages" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "outbox_source" ON "outbox_messages" USING btree ("workspace_id","source_kind","source_id");--> statement-breakpoint
CREATE INDEX "outbox_client" ON "outbox_messages" USING btree ("workspace_id","client_id");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox_messages" USING btree ("next_attempt_at") WHERE status in ('queued', 'sending');