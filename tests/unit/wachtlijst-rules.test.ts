import { describe, expect, it } from "vitest";
import { wachtRedenen } from "@/lib/wachtlijst/rules";

const geen = { heeftOpstartOfBegeleider: false, heeftBegeleider: false, heeftMaatje: false, maatjeGewenst: false };

describe("wachtlijst: wie wacht waarop", () => {
  it("aangemeld zonder iemand: wacht op een opstartbegeleider", () => {
    expect(wachtRedenen({ ...geen, fase: "AANGEMELD" })).toEqual(["OPSTART"]);
    expect(wachtRedenen({ ...geen, fase: "OPSTARTFASE", heeftOpstartOfBegeleider: true })).toEqual([]);
  });
  it("begeleidingsfase zonder begeleider, en een gewenst maatje dat er niet is", () => {
    expect(wachtRedenen({ ...geen, fase: "BEGELEIDINGSFASE", maatjeGewenst: true })).toEqual(["BEGELEIDER", "MAATJE"]);
    expect(wachtRedenen({ ...geen, fase: "AFRONDING", heeftBegeleider: true, maatjeGewenst: true, heeftMaatje: true })).toEqual([]);
  });
  it("afgesloten wacht nergens op", () => {
    expect(wachtRedenen({ ...geen, fase: "AFGESLOTEN", maatjeGewenst: true })).toEqual([]);
  });
});
