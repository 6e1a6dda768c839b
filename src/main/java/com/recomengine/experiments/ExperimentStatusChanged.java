package com.recomengine.experiments;

import com.recomengine.shared.TenantId;
import java.util.UUID;

/** An experiment started, paused or completed: {@code status} is the new one ({@code running}, {@code paused}, {@code completed}). */
public record ExperimentStatusChanged(TenantId tenantId, UUID experimentId, String placementId, String status) {}
