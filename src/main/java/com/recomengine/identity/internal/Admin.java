package com.recomengine.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;

@Entity
@Table(name = "admins")
@Getter(AccessLevel.PACKAGE)
class Admin {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String email;

    private String name;
    private String passwordHash;
    private Instant createdAt;

    protected Admin() {}

    Admin(String email, String name, String passwordHash) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }
}
