package cn.dalian.laborbrand.application.roster;

/**
 * One valid row of the roster: a worker in one year.
 *
 * @param line             the row's line in the file (the header is line 1)
 * @param employer         the employer the worker was absorbed by or output to; {@code null} when not employed
 * @param employerInDalian whether that employer is in Dalian; false when not employed
 * @param contractRef      the labour or dispatch contract of output to another province, {@code null} when none
 * @param insuranceRef     the proof of social-insurance payment in that province, {@code null} when none
 */
public record WorkerRow(int line, String name, String idNumber, String phone, int year, boolean management, boolean trained,
        boolean passed, String employer, boolean employerInDalian, boolean outOfProvince, String contractRef, String insuranceRef) {

    public boolean employed() {
        return employer != null;
    }
}
