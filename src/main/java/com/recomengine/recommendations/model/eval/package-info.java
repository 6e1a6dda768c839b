/**
 * The offline evaluation of the model core on a retail purchase log (UCI Online Retail and files like it): the
 * protocol of the recommendations issue, its metrics, and {@link com.recomengine.recommendations.model.eval.OfflineEvaluation},
 * a plain {@code main} that prints one table ({@code scripts/eval-model.sh}).
 *
 * <p>A named interface of the recommendations module: the evaluation module runs the same protocol through the
 * real application ({@code make eval}).
 */
@org.springframework.modulith.NamedInterface("eval")
@org.jspecify.annotations.NullMarked
package com.recomengine.recommendations.model.eval;
