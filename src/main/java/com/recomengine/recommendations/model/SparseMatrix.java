package com.recomengine.recommendations.model;

import java.util.Arrays;

/**
 * A sparse matrix by rows (CSR) with float values, columns sorted within a row. Built from (row, column, value)
 * triples where a repeated cell keeps its largest value: the models' rule for repeated interactions.
 */
final class SparseMatrix {

    final int rows;
    final int columns;
    final int[] start;
    final int[] column;
    final float[] value;

    private SparseMatrix(int rows, int columns, int[] start, int[] column, float[] value) {
        this.rows = rows;
        this.columns = columns;
        this.start = start;
        this.column = column;
        this.value = value;
    }

    /** Triples in parallel arrays; triples with a negative row or a value ≤ 0 are skipped. */
    static SparseMatrix ofMaxima(int rows, int columns, int count, int[] row, int[] col, float[] val) {
        int[] start = new int[rows + 1];
        for (int t = 0; t < count; t++) {
            if (row[t] >= 0 && val[t] > 0) {
                start[row[t] + 1]++;
            }
        }
        for (int r = 0; r < rows; r++) {
            start[r + 1] += start[r];
        }
        long[] cells = new long[start[rows]];
        int[] next = Arrays.copyOf(start, rows);
        for (int t = 0; t < count; t++) {
            if (row[t] >= 0 && val[t] > 0) {
                // positive floats order as their bits do, so sorting (column, bits) puts each cell's maximum last
                cells[next[row[t]]++] = ((long) col[t] << 32) | Float.floatToIntBits(val[t]);
            }
        }
        return compact(rows, columns, start, cells);
    }

    private static SparseMatrix compact(int rows, int columns, int[] start, long[] cells) {
        int[] column = new int[cells.length];
        float[] value = new float[cells.length];
        int[] compactStart = new int[rows + 1];
        int out = 0;
        for (int r = 0; r < rows; r++) {
            Arrays.sort(cells, start[r], start[r + 1]);
            for (int c = start[r]; c < start[r + 1]; c++) {
                boolean lastOfItsColumn = c + 1 == start[r + 1] || (cells[c + 1] >>> 32) != (cells[c] >>> 32);
                if (lastOfItsColumn) {
                    column[out] = (int) (cells[c] >>> 32);
                    value[out] = Float.intBitsToFloat((int) cells[c]);
                    out++;
                }
            }
            compactStart[r + 1] = out;
        }
        return new SparseMatrix(rows, columns, compactStart, Arrays.copyOf(column, out), Arrays.copyOf(value, out));
    }

    SparseMatrix transpose() {
        int[] tStart = new int[columns + 1];
        for (int c : column) {
            tStart[c + 1]++;
        }
        for (int c = 0; c < columns; c++) {
            tStart[c + 1] += tStart[c];
        }
        int[] next = Arrays.copyOf(tStart, columns);
        int[] tColumn = new int[column.length];
        float[] tValue = new float[column.length];
        for (int r = 0; r < rows; r++) {
            for (int e = start[r]; e < start[r + 1]; e++) {
                int slot = next[column[e]]++;
                tColumn[slot] = r;
                tValue[slot] = value[e];
            }
        }
        return new SparseMatrix(columns, rows, tStart, tColumn, tValue);
    }

    int count(int row) {
        return start[row + 1] - start[row];
    }

    int nonZeros() {
        return column.length;
    }

    /** The sum of squared values of each row. */
    double[] squaredNorms() {
        double[] norms = new double[rows];
        for (int r = 0; r < rows; r++) {
            for (int e = start[r]; e < start[r + 1]; e++) {
                norms[r] += (double) value[e] * value[e];
            }
        }
        return norms;
    }

    /** (row, column, value) triples collected one by one; a repeated cell keeps its largest value. */
    static final class Cells {

        private int size;
        private int[] row = new int[256];
        private int[] column = new int[256];
        private float[] value = new float[256];

        void add(int r, int c, float v) {
            if (size == row.length) {
                row = Arrays.copyOf(row, size * 2);
                column = Arrays.copyOf(column, size * 2);
                value = Arrays.copyOf(value, size * 2);
            }
            row[size] = r;
            column[size] = c;
            value[size] = v;
            size++;
        }

        SparseMatrix toMatrix(int rows, int columns) {
            return ofMaxima(rows, columns, size, row, column, value);
        }
    }
}
