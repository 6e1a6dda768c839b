package com.recomengine.identity;

import com.recomengine.shared.AdminId;

/** An admin as shown to people: the account's email and display name. */
public record AdminProfile(AdminId id, String email, String name) {}
