/** Admin accounts: signup, login, access and refresh tokens, password reset. */
@org.jspecify.annotations.NullMarked
package com.recomengine.identity;
