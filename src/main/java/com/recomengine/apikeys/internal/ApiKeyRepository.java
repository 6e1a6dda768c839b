package com.recomengine.apikeys.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    Page<ApiKey> findByTenantId(UUID tenantId, Pageable pageable);

    Optional<ApiKey> findByIdAndTenantId(UUID id, UUID tenantId);
}
