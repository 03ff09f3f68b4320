"""F-gases in product use (GPC IV.2): refrigerants, fire protection, SF6 in switchgear, by the
simplified mass balance (IPCC 2006 Vol.3 ch.7 §7.5.2 top-down mass balance for refrigeration and
air conditioning; ch.8 §8.2 mass balance for SF6 in electrical equipment):

  emissions = (stock at start - stock at end) + (purchased - returned/sent for recycling or destruction)
              + (full charge of retired equipment - full charge of new equipment)

HFCs and PFCs are reported as CO2e with the gas's GWP from the inventory's set; SF6 and NF3 as
tonnes of the gas (calculate() applies their GWP). Blends (R-410A...) are split by their nominal
composition. Gas kinds and blends: resources/methods/fgases.csv.
"""

from __future__ import annotations

from functools import lru_cache

from gcomdesk.core.methods.base import MethodInput, MethodInputError, Resolved, Working, load_defaults, make_method
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary

FAMILY = "fgases"
KIND_COLUMNS = {"hfc": "hfcs_co2e_t", "pfc": "pfcs_co2e_t", "sf6": "sf6_t", "nf3": "nf3_t"}


@lru_cache(maxsize=1)
def gas_kinds() -> dict[str, str]:
    """Pure gases and their kind (hfc, pfc, sf6, nf3) from fgases.csv."""
    return {k.split(".", 1)[1]: str(d.value) for k, d in load_defaults(FAMILY).items() if k.startswith("kind.")}


@lru_cache(maxsize=1)
def blends() -> dict[str, dict[str, float]]:
    """Blends and their mass shares of pure gases, e.g. R-410A -> {HFC-32: 0.5, HFC-125: 0.5}."""
    out = {}
    for key, entry in load_defaults(FAMILY).items():
        if key.startswith("blend."):
            out[key.split(".", 1)[1]] = {g: float(s) for g, s in (p.split(":") for p in str(entry.value).split(";"))}
    return out


def gas_choices() -> tuple[str, ...]:
    """Every gas or blend the method accepts."""
    return tuple(gas_kinds()) + tuple(blends())


GAS_TABLE = MethodInput("gases", kind="table", columns=(
    MethodInput("gas", kind="choice", choices=gas_choices(), choice_error="method.error.unknown_gas", translate_choices=False),
    MethodInput("stock_start_kg", "kg", default_key="none"),
    MethodInput("stock_end_kg", "kg", default_key="none"),
    MethodInput("purchased_kg", "kg"),
    MethodInput("disbursed_kg", "kg", default_key="none"),
    MethodInput("charge_new_kg", "kg", default_key="none"),
    MethodInput("charge_retired_kg", "kg", default_key="none"),
))


def _components(gas: str) -> dict[str, float]:
    return blends().get(gas) or {gas: 1.0}


def _work(r: Resolved, profile: Profile, ref: ReferenceLibrary) -> Working:
    w = Working()
    gwp = ref.gwp[profile.gwp_set]
    kinds = gas_kinds()
    for number, row in enumerate(r["gases"], start=1):
        emitted_kg = ((row["stock_start_kg"] - row["stock_end_kg"]) + (row["purchased_kg"] - row["disbursed_kg"])
                      + (row["charge_retired_kg"] - row["charge_new_kg"]))
        if emitted_kg < -1e-9:
            raise MethodInputError("method.error.negative_balance", "gas", table="gases", row=number,
                                   value=emitted_kg, gas=row["gas"])
        w.step("method.fgas.balance", row=number, gas=row["gas"], start=row["stock_start_kg"], end=row["stock_end_kg"],
               purchased=row["purchased_kg"], disbursed=row["disbursed_kg"], retired=row["charge_retired_kg"],
               new=row["charge_new_kg"], emitted=emitted_kg)
        for component, share in _components(row["gas"]).items():
            tonnes = emitted_kg * share / 1000
            kind = kinds.get(component)
            if kind is None:
                raise MethodInputError("method.error.unknown_gas", "gas", table="gases", row=number, value=component,
                                       allowed=", ".join(gas_choices()))
            if kind in ("sf6", "nf3"):
                if kind == "nf3" and "NF3" not in gwp:
                    raise MethodInputError("method.error.no_gwp", "gas", table="gases", row=number, value=component,
                                           gwp_set=profile.gwp_set)
                w.step("method.fgas.mass", gas=component, share=share, tonnes=tonnes)
                w.add(KIND_COLUMNS[kind], tonnes)
                continue
            if component not in gwp:
                raise MethodInputError("method.error.no_gwp", "gas", table="gases", row=number, value=component,
                                       gwp_set=profile.gwp_set)
            co2e = tonnes * gwp[component]
            w.step("method.fgas.co2e", gas=component, share=share, tonnes=tonnes, gwp=gwp[component],
                   gwp_set=profile.gwp_set, co2e=co2e)
            w.add(KIND_COLUMNS[kind], co2e)
    return w


FGAS = make_method("fgas_mass_balance", ("IV.2",), FAMILY, (GAS_TABLE,),
                   ("hfcs_co2e_t", "pfcs_co2e_t", "sf6_t", "nf3_t"), _work)


def _register() -> None:
    from gcomdesk.core.methods import register

    register(FGAS)


_register()
