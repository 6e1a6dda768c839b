package com.recomengine.recommendations.model;

/**
 * Item-kNN: cosine similarity of two items' columns of the feedback matrix, cos(i, j) = Σ_u x_ui·x_uj /
 * (‖x_i‖·‖x_j‖), top k per item, from sparse co-occurrence. The path for items beyond the dense EASE model.
 */
final class ItemKnn {

    private ItemKnn() {}

    static SparseNeighbours.Rows cosine(SparseMatrix usersByItems, int[] items, int k, Workers workers) {
        SparseMatrix itemsByUsers = usersByItems.transpose();
        double[] norms = itemsByUsers.squaredNorms();
        for (int i = 0; i < norms.length; i++) {
            norms[i] = Math.sqrt(norms[i]);
        }
        return SparseNeighbours.topK(itemsByUsers, items, k, (i, j, dot) -> dot / (norms[i] * norms[j]), workers);
    }
}
