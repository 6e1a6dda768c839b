package com.recomengine.experiments.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExperimentRepository extends JpaRepository<Experiment, UUID> {

    Optional<Experiment> findByIdAndTenantId(UUID id, UUID tenantId);

    Page<Experiment> findByTenantId(UUID tenantId, Pageable pageable);

    Page<Experiment> findByTenantIdAndStatus(UUID tenantId, ExperimentStatus status, Pageable pageable);

    Optional<Experiment> findFirstByTenantIdAndPlacementIdAndStatusAndIdNot(
            UUID tenantId, String placementId, ExperimentStatus status, UUID id);
}
