package cn.dalian.laborbrand.application.roster;

/**
 * A worker's personal data as one value, sealed with one cipher operation: the three fields joined by the ASCII unit
 * separator, which no valid name, ID number or mobile number contains.
 */
record PersonalData(String name, String idNumber, String phone) {

    private static final char SEPARATOR = '\u001F';

    static PersonalData of(WorkerRow worker) {
        return new PersonalData(worker.name(), worker.idNumber(), worker.phone());
    }

    String sealed() {
        return name + SEPARATOR + idNumber + SEPARATOR + phone;
    }

    static PersonalData unsealed(String text) {
        int first = text.indexOf(SEPARATOR);
        int second = text.indexOf(SEPARATOR, first + 1);
        return new PersonalData(text.substring(0, first), text.substring(first + 1, second), text.substring(second + 1));
    }
}
