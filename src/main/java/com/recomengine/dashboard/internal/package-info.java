/** The dashboard's plumbing: session login against the admin accounts, preview keys, the live feed, charts. */
@org.jspecify.annotations.NullMarked
package com.recomengine.dashboard.internal;
