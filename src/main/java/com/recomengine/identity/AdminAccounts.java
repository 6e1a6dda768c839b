package com.recomengine.identity;

import com.recomengine.shared.AdminId;
import java.util.Optional;

/** Admin accounts as other modules (the demo seeder, the dashboard) see them. */
public interface AdminAccounts {

    /** Creates an account; throws a 409 problem when the email is taken. */
    AdminId register(String email, String password, String name);

    Optional<AdminId> findByEmail(String email);
}
