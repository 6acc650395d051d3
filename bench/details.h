/* details.h - the particulars that set one story apart from another of
 * the same topic.
 *
 * Each developing story takes a handful of these, from the themes of its
 * sector, and a region of its own with an invented name, and comes back
 * to them from article to article, as a real story keeps returning to the
 * same villages, the same factories, the same families; two stories of
 * one topic rarely share them.  They are noun phrases that read in
 * "concern about ___" and "___ would be hit hardest". */
#ifndef GENCORPUS_DETAILS_H
#define GENCORPUS_DETAILS_H

#include "sectors.h"

enum theme { T_ECON, T_LAND, T_SOCIAL, T_CONFLICT, T_INFRA, T_CULTURE, T_POLITICS, NTHEMES };

static const char *const theme_details[NTHEMES] = {
	[T_ECON] = "diesel prices|the central market|cross-border traders|textile factories|"
		"informal workers|bread subsidies|young graduates|the tourism industry|bank deposits|"
		"women traders|the steel mills|the free zone|the cement plant|street vendors|"
		"the car assembly plant|the garment exporters|the remittances from abroad|"
		"the pension funds|the flour mills|the wine exporters|the fish prices|the meat prices|"
		"the black market for dollars|the exchange bureaus|the gold traders|the hotel workers|"
		"the duty-free shops|the construction workers|the cement prices|the steel imports|"
		"the used-car imports|the spare parts|the shoe factories|the leather tanneries|"
		"the chemical plant|the small shopkeepers|the microfinance lenders|the stock of "
		"foreign currency|the import licences|the state enterprises|the privatisation programme|"
		"the tax collectors|the customs revenue|the treasury bills|the eurobond|"
		"the sovereign wealth fund|the rent controls|the mortgage holders|the savings of "
		"households|the price of cooking oil|the sugar importers|the call centre workers",
	[T_LAND] = "small farmers in the north|fishing villages along the coast|coffee growers|"
		"the copper belt|the fertiliser supply|cocoa cooperatives|the fishing fleet|"
		"the salt flats|the tea estates|the grain silos|tobacco farmers|the cattle markets|"
		"the coastal wetlands|the rice paddies|the sugar mills|the cotton gins|"
		"the irrigation canals|the poultry farms|the dairy farmers|the olive growers|"
		"the vegetable markets|the diamond fields|the timber concessions|"
		"the palm oil plantations|the rubber farmers|the cashew exporters|the shrimp farms|"
		"the lobster fishermen|the tuna boats|the national park|the game reserves|"
		"the elephant herds|the forest rangers|the charcoal sellers|the brick kilns|"
		"the quarries|the sand miners|the river banks|the dams upstream|"
		"the wells in the villages|the aquifer|the glaciers|the lakeshore|the locust swarms|"
		"the armyworm outbreak|the banana growers|the avocado exports|the flower farms|"
		"the vineyards|the orchards|the beekeepers|the goat herders|the camel markets|"
		"the nomadic herders|the grazing lands|the salt miners|the seed banks|the pesticide stocks|"
		"the mangrove forests|the coral reefs|the landless families|the land registry",
	[T_SOCIAL] = "teachers' salaries|rural clinics|pensioners|school fees|public hospitals|"
		"the university campus|the shanty towns on the edge of the capital|"
		"the electricity bills of households|the private schools|the exam results|"
		"the student loans|the nurses' hostels|the maternity wards|the blood banks|"
		"the pharmacies|the vaccine fridges|the ambulance fleet|the district hospitals|"
		"the mobile clinics|the health posts|the cholera wards|the rubbish collection|"
		"the landfill site|the air quality in the capital|the housing estates|"
		"the orphanages|the language schools|the care homes|the school meals|"
		"the disability allowance|the child benefit|the soup kitchens|the homeless shelters|"
		"the sewage system|the water mains|the desalination plant|the stray dogs|"
		"the village schools|the midwives|the community health workers|the dialysis units|"
		"the waiting rooms|the medical students|the church leaders|the mosques of the old city",
	[T_CONFLICT] = "the border villages|the refugee settlements|the army barracks|"
		"the police stations|the prison population|the checkpoints on the main road|"
		"the curfew rules|the minefields|the missing persons|the mass graves|"
		"the veterans|the widows of the conflict|the displaced families in the schools|"
		"the returning migrants|the asylum hostels|the squatters|the aid warehouses|"
		"the field hospitals|the evacuation buses|the bomb shelters|the front-line towns|"
		"the militia leaders|the village elders|the hostage families|the prisoner lists|"
		"the weapons caches|the river crossings|the supply routes|the presidential guard|"
		"the military courts|the peacekeepers|the local ceasefire committees|"
		"the detention centres|the relief convoys|the foot patrols|the sniper positions",
	[T_INFRA] = "the main highway to the port|the state railway company|"
		"the country's largest refinery|mobile phone networks|the overnight buses|"
		"the river ferries|water tankers|the national airline|the power station on the river|"
		"the island ferries|the hydro plant|the oil workers|the bus drivers|the dockworkers|"
		"the fuel queues|the mountain roads|the customs posts|the toll roads|"
		"the cooking gas supply|the kerosene lamps|the generator owners|the solar kits|"
		"the phone towers|the internet cafes|the petrol stations|the traffic jams|"
		"the metro workers|the taxi drivers|the motorbike taxis|the container terminal|"
		"the dry port|the rail freight yards|the airport runway|the cargo flights|"
		"the flood defences|the sea wall|the truck drivers|the bridges on the coast road|"
		"the substations|the gas storage tanks|the fuel depots|the pipeline pumping stations|"
		"the data centres|the undersea cables|the signal boxes|the shipyards",
	[T_CULTURE] = "the football clubs of the capital|the national stadium|the youth academies|"
		"the sports federations|the broadcasting rights|the ticket prices|the fan groups|"
		"the film studios|the theatres|the publishing houses|the music festivals|"
		"the museum collections|the archaeological sites|the old mosque|the cathedral|"
		"the royal palace|the state broadcaster|the local newspapers|the women's league|"
		"the junior team|the training ground|the club's debts|the betting companies|"
		"the referees|the stadium security|the away fans|the art schools|the film critics|"
		"the independent cinemas|the street artists|the folk musicians|the craft workshops|"
		"the old manuscripts|the temple ruins|the tour guides|the heritage trail",
	[T_POLITICS] = "the opposition strongholds|the ruling party's base|the diaspora vote|"
		"the youth wing of the party|the regional governors|the village chiefs|"
		"the trade unions of the south|the parliament building|the central bank's reserves|"
		"the public debt|the civil servants' wages|the army's budget|the police pay|"
		"the judges' pay|the court backlog|the prosecutors' office|the anti-graft agency|"
		"the audit office|the title deeds|the building permits|the municipal budget|"
		"the electoral roll in the north|the party primaries|the campaign funds|"
		"the state media|the provincial assemblies|the city councils|the senate seats|"
		"the constitutional amendments|the emergency powers|the press office|"
		"the independent candidates|the minority parties|the polling firms",
};

/* The themes each sector's stories draw their particulars from. */
static const unsigned char sector_themes[NSECTORS] = {
	[S_GOV] = 1 << T_POLITICS | 1 << T_SOCIAL | 1 << T_ECON,
	[S_ECON] = 1 << T_ECON | 1 << T_LAND | 1 << T_INFRA,
	[S_ENERGY] = 1 << T_INFRA | 1 << T_ECON,
	[S_HEALTH] = 1 << T_SOCIAL,
	[S_JUSTICE] = 1 << T_POLITICS | 1 << T_SOCIAL,
	[S_SECURITY] = 1 << T_CONFLICT | 1 << T_POLITICS,
	[S_ENV] = 1 << T_LAND | 1 << T_INFRA,
	[S_LABOUR] = 1 << T_ECON | 1 << T_SOCIAL | 1 << T_INFRA,
	[S_TRANSPORT] = 1 << T_INFRA | 1 << T_ECON,
	[S_SPORT] = 1 << T_CULTURE,
	[S_CULTURE] = 1 << T_CULTURE | 1 << T_POLITICS,
	[S_HUMAN] = 1 << T_CONFLICT | 1 << T_SOCIAL,
	[S_TECH] = 1 << T_INFRA | 1 << T_ECON | 1 << T_POLITICS,
};

/* Syllables for the invented names of a story's own region. */
static const char region_syllables[] =
	"ka|lo|ra|mbe|ve|sa|to|ri|na|du|se|mo|ta|ni|ko|la|be|zu|ga|ho|ma|ke|ru|di|po|ya|"
	"shi|wa|te|lu|vo|ne|ki|ba|fa|je|qu|tsa|ndo|ge";
static const char region_kinds[] = "district|province|region|valley|county|highlands|delta";

#endif
