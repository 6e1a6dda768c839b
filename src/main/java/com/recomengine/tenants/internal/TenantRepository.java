package com.recomengine.tenants.internal;

import com.recomengine.tenants.TenantStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenantRepository extends JpaRepository<Tenant, UUID> {

    Page<Tenant> findByOwnerIdAndStatusNot(UUID ownerId, TenantStatus status, Pageable pageable);

    Page<Tenant> findByIdInAndStatusNot(Collection<UUID> ids, TenantStatus status, Pageable pageable);

    List<Tenant> findByStatusAndPurgeAfterBefore(TenantStatus status, Instant now);
}
