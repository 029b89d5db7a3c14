DROP INDEX "clients_search_trgm";--> statement-breakpoint
CREATE INDEX "clients_name_prefix" ON "clients" USING btree ("workspace_id",(lower("name") collate "C"),"id");--> statement-breakpoint
CREATE INDEX "clients_search_trgm" ON "clients" USING gin ("search_text" gin_trgm_ops) WITH (gin_pending_list_limit=256);