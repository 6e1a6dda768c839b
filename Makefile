# RecomEngine — `make run` to try it, `make test` to test it. See README.md.
SHELL := /bin/bash
JAVA_HOME := $(shell scripts/java-home.sh)
export JAVA_HOME
export PATH := $(JAVA_HOME)/bin:$(PATH)
MVNW := ./mvnw -B --no-transfer-progress

PGHOST ?= 127.0.0.1
PGPORT ?= 5432
TEST_DB ?= recomengine_test
REDIS_PORT ?= 6379
REDIS_DB ?= 1

.PHONY: run build test bench bench-tenants demo-data eval lighthouse clean help

help:
	@echo "make run    build and start RecomEngine on http://localhost:8080 (embedded PostgreSQL if none configured)"
	@echo "make test   every test, against the real PostgreSQL and Redis of this machine"
	@echo "make bench  start the app and measure the hot paths (prints a table)"
	@echo "make bench-tenants  1 000 tenants on one instance: builds, rebuilds, latency under the model budget"
	@echo "make demo-data  (re)load the demo tenant's catalog from ../shared/data (stop make run first)"
	@echo "make eval   offline evaluation of the recommendations through the real app (DATA=, SPLIT=)"
	@echo "make lighthouse  Lighthouse (mobile) scores and CLS of the demo store and a merchant page with widgets"

build:
	$(MVNW) -q -DskipTests package

run: build
	scripts/run.sh

test:
	RECOMENGINE_TEST_DB=$(TEST_DB) REDIS_PORT=$(REDIS_PORT) scripts/test-services.sh
	RECOMENGINE_DB_URL=jdbc:postgresql://$(PGHOST):$(PGPORT)/$(TEST_DB) \
	RECOMENGINE_REDIS_URL=redis://127.0.0.1:$(REDIS_PORT)/$(REDIS_DB) \
	$(MVNW) verify
	scripts/sdk-test.sh
	RECOMENGINE_DB_URL=jdbc:postgresql://$(PGHOST):$(PGPORT)/$(TEST_DB) RECOMENGINE_REDIS_URL=redis://127.0.0.1:$(REDIS_PORT)/$(REDIS_DB) scripts/api-clients.sh
	RECOMENGINE_DB_URL=jdbc:postgresql://$(PGHOST):$(PGPORT)/$(TEST_DB) \
	RECOMENGINE_REDIS_URL=redis://127.0.0.1:$(REDIS_PORT)/$(REDIS_DB) \
	scripts/dashboard-test.sh

demo-data: build
	java -jar target/recomengine.jar --recomengine.demo.reload=true --recomengine.demo.exit-after-seed=true \
	  --server.port=0

bench: build
	scripts/bench.sh

bench-tenants: build
	scripts/bench-tenants.sh

eval: build
	scripts/eval.sh

lighthouse: build
	scripts/lighthouse.sh

clean:
	$(MVNW) -q clean
