CREATE TYPE "public"."agreement_status" AS ENUM('active', 'ended', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."billing_interval" AS ENUM('month', 'quarter', 'year');--> statement-breakpoint
CREATE TYPE "public"."billing_run_status" AS ENUM('running', 'finished', 'failed');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('open', 'partially_paid', 'paid', 'void');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('cash', 'card', 'cheque', 'bank_transfer', 'barter', 'trade_currency', 'service_credit');--> statement-breakpoint
CREATE TABLE "adjustments" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_period" integer NOT NULL,
	"terms" jsonb NOT NULL,
	"reason" text,
	"source_kind" text,
	"source_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adjustments_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"plan_id" uuid,
	"description" text NOT NULL,
	"price_minor" bigint NOT NULL,
	"interval" "billing_interval" NOT NULL,
	"starts_on" date NOT NULL,
	"term_end" date,
	"status" "agreement_status" DEFAULT 'active' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "agreements_price" CHECK ("agreements"."price_minor" >= 0),
	CONSTRAINT "agreements_term" CHECK ("agreements"."term_end" is null or "agreements"."term_end" >= "agreements"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "billing_runs" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"through_date" date NOT NULL,
	"status" "billing_run_status" DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agreements_seen" integer DEFAULT 0 NOT NULL,
	"invoices_created" integer DEFAULT 0 NOT NULL,
	"total_minor" bigint DEFAULT 0 NOT NULL,
	"error" text,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	CONSTRAINT "billing_runs_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "credits" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"from_period" integer NOT NULL,
	"description" text NOT NULL,
	"source_kind" text,
	"source_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credits_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "credits_amount" CHECK ("credits"."amount_minor" > 0 and "credits"."from_period" >= 0)
);
--> statement-breakpoint
CREATE TABLE "invoice_counters" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"workspace_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"source_id" uuid,
	CONSTRAINT "invoice_lines_workspace_id_invoice_id_line_no_pk" PRIMARY KEY("workspace_id","invoice_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" integer NOT NULL,
	"client_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"period_index" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"issued_on" date NOT NULL,
	"due_on" date NOT NULL,
	"currency" text NOT NULL,
	"total_minor" bigint NOT NULL,
	"paid_minor" bigint DEFAULT 0 NOT NULL,
	"status" "invoice_status" NOT NULL,
	"billing_run_id" uuid,
	"replaces_invoice_id" uuid,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "invoices_amounts" CHECK ("invoices"."total_minor" >= 0 and "invoices"."paid_minor" >= 0 and "invoices"."paid_minor" <= "invoices"."total_minor")
);
--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"posted_on" date NOT NULL,
	"memo" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journal_entries_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "journal_lines" (
	"workspace_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"account" text NOT NULL,
	"client_id" uuid,
	"invoice_id" uuid,
	"debit_minor" bigint DEFAULT 0 NOT NULL,
	"credit_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "journal_lines_workspace_id_entry_id_line_no_pk" PRIMARY KEY("workspace_id","entry_id","line_no"),
	CONSTRAINT "journal_lines_one_side" CHECK ("journal_lines"."debit_minor" >= 0 and "journal_lines"."credit_minor" >= 0 and ("journal_lines"."debit_minor" = 0 or "journal_lines"."credit_minor" = 0))
);
--> statement-breakpoint
CREATE TABLE "payment_allocations" (
	"workspace_id" uuid NOT NULL,
	"payment_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	CONSTRAINT "payment_allocations_workspace_id_payment_id_invoice_id_pk" PRIMARY KEY("workspace_id","payment_id","invoice_id"),
	CONSTRAINT "payment_allocations_amount" CHECK ("payment_allocations"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"method" "payment_method" NOT NULL,
	"amount_minor" bigint NOT NULL,
	"reference" text,
	"note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "payments_amount" CHECK ("payments"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"price_minor" bigint NOT NULL,
	"interval" "billing_interval" NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "plans_price" CHECK ("plans"."price_minor" >= 0)
);
--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_workspace_id_agreement_id_agreements_workspace_id_id_fk" FOREIGN KEY ("workspace_id","agreement_id") REFERENCES "public"."agreements"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_workspace_id_client_id_clients_workspace_id_id_fk" FOREIGN KEY ("workspace_id","client_id") REFERENCES "public"."clients"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_workspace_id_plan_id_plans_workspace_id_id_fk" FOREIGN KEY ("workspace_id","plan_id") REFERENCES "public"."plans"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credits" ADD CONSTRAINT "credits_workspace_id_agreement_id_agreements_workspace_id_id_fk" FOREIGN KEY ("workspace_id","agreement_id") REFERENCES "public"."agreements"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_counters" ADD CONSTRAINT "invoice_counters_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_workspace_id_invoice_id_invoices_workspace_id_id_fk" FOREIGN KEY ("workspace_id","invoice_id") REFERENCES "public"."invoices"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_workspace_id_client_id_clients_workspace_id_id_fk" FOREIGN KEY ("workspace_id","client_id") REFERENCES "public"."clients"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_workspace_id_agreement_id_agreements_workspace_id_id_fk" FOREIGN KEY ("workspace_id","agreement_id") REFERENCES "public"."agreements"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_lines" ADD CONSTRAINT "journal_lines_workspace_id_entry_id_journal_entries_workspace_id_id_fk" FOREIGN KEY ("workspace_id","entry_id") REFERENCES "public"."journal_entries"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_workspace_id_payment_id_payments_workspace_id_id_fk" FOREIGN KEY ("workspace_id","payment_id") REFERENCES "public"."payments"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_workspace_id_invoice_id_invoices_workspace_id_id_fk" FOREIGN KEY ("workspace_id","invoice_id") REFERENCES "public"."invoices"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_workspace_id_client_id_clients_workspace_id_id_fk" FOREIGN KEY ("workspace_id","client_id") REFERENCES "public"."clients"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_workspace_id_created_by_user_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","created_by_user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adjustments_agreement" ON "adjustments" USING btree ("workspace_id","agreement_id");--> statement-breakpoint
CREATE INDEX "agreements_client" ON "agreements" USING btree ("workspace_id","client_id");--> statement-breakpoint
CREATE INDEX "billing_runs_started" ON "billing_runs" USING btree ("workspace_id","started_at");--> statement-breakpoint
CREATE INDEX "credits_agreement" ON "credits" USING btree ("workspace_id","agreement_id");--> statement-breakpoint
CREATE INDEX "invoice_lines_source" ON "invoice_lines" USING btree ("workspace_id","source_id") WHERE source_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_unique" ON "invoices" USING btree ("workspace_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_one_per_period" ON "invoices" USING btree ("workspace_id","agreement_id","period_index") WHERE status <> 'void';--> statement-breakpoint
CREATE INDEX "invoices_client" ON "invoices" USING btree ("workspace_id","client_id","issued_on");--> statement-breakpoint
CREATE INDEX "invoices_open" ON "invoices" USING btree ("workspace_id","due_on") WHERE status in ('open', 'partially_paid');--> statement-breakpoint
CREATE INDEX "journal_entries_source" ON "journal_entries" USING btree ("workspace_id","source_kind","source_id");--> statement-breakpoint
CREATE INDEX "journal_lines_account" ON "journal_lines" USING btree ("workspace_id","account","client_id");--> statement-breakpoint
CREATE INDEX "journal_lines_invoice" ON "journal_lines" USING btree ("workspace_id","invoice_id") WHERE invoice_id is not null;--> statement-breakpoint
CREATE INDEX "payment_allocations_invoice" ON "payment_allocations" USING btree ("workspace_id","invoice_id");--> statement-breakpoint
CREATE INDEX "payments_client" ON "payments" USING btree ("workspace_id","client_id","received_on");