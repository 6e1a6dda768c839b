/**
 * Events: ingestion of what shoppers do (single and batch, validated, deduplicated, durable before the answer),
 * monthly partitions and their retention, live counters, and a read API over the stored interactions.
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.events;
