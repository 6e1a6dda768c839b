package com.recomengine.widgets.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WidgetRepository extends JpaRepository<Widget, UUID> {

    Optional<Widget> findByTenantIdAndPlacementId(UUID tenantId, String placementId);

    Page<Widget> findByTenantId(UUID tenantId, Pageable pageable);
}
