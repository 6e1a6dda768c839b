/** Values every module speaks: tenant and admin ids, authenticated principals, problems, pages. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package com.recomengine.shared;
