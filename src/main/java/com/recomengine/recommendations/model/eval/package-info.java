/**
 * The offline evaluation of the model core on a retail purchase log (UCI Online Retail and files like it): the
 * protocol of the recommendations issue, its metrics, and {@link com.recomengine.recommendations.model.eval.OfflineEvaluation},
 * a plain {@code main} that prints one table ({@code scripts/eval-model.sh}).
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.recommendations.model.eval;
