package cn.dalian.laborbrand.application.evidence;

/**
 * What the worker roster says of an application's output, the facts that make two materials mandatory.
 *
 * @param organisedOutput     some worker was sent out by organised output (有组织输出): the output agreements are due
 * @param outOfProvinceOutput some worker was sent to another province with the labour relation outside Dalian: their
 *                            labour (dispatch) contracts and proofs of social insurance paid there are due
 */
public record OutputKinds(boolean organisedOutput, boolean outOfProvinceOutput) {

    /** No roster yet, or a roster of absorbed workers only. */
    public static final OutputKinds NONE = new OutputKinds(false, false);
}
