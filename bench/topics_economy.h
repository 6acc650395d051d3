/* topics_economy.h - trade, money, energy, transport, work, sport,
 * culture, technology and natural resources (see topics.h). */
static const struct topic topics_economy[] = {
	{"trade", S_ECON,
	 "Trade Deal|Steel Tariffs|Trade Talks|Export Curbs|Trade War|Customs Union",
	 "the trade agreement|tariffs on steel|the export quota|customs checks|the trade deficit|"
	 "import duties|the free trade zone|market access|the rules of origin",
	 "lift tariffs on steel imports|sign the trade agreement|ease customs checks|"
	 "retaliate against the new duties|open talks on market access|cut import duties on cars",
	 "negotiators failed to agree on farm subsidies|@C raised import duties on cars|"
	 "exports of electronics fell sharply|the two sides exchanged draft texts|"
	 "@O filed a complaint over the duties",
	 "we want a fair deal for our exporters|these tariffs hurt consumers on both sides|"
	 "nobody wins a trade war|we will defend our industry",
	 "$:the duties cover goods worth #|%:tariffs will rise to #|"
	 "m:# containers are held at customs|$:the trade deficit widened to #",
	 "Exporters Worried|Talks Resume|Retaliation",
	 "Containers are stacked at a port|Trade ministers shake hands before talks",
	 "the @C-@D trade agreement|the @Y free trade zone"},
	{"grain", S_ECON,
	 "Grain Exports|Wheat Prices|Export Ban|Grain Corridor|Harvest",
	 "grain exports|wheat prices|the export ban|the grain corridor|the harvest|"
	 "the grain terminals|fertiliser prices|the maize crop",
	 "lift the export ban|reopen the grain corridor|buy wheat from @D|cap bread prices|"
	 "expand storage at the terminals",
	 "the ministry suspended export licences|ships loaded with wheat left @Y|"
	 "bread prices jumped in the markets|@O cut its harvest forecast",
	 "our farmers need fair prices|the world depends on this grain|"
	 "we will not let bread prices spiral",
	 "M:# tonnes of wheat were shipped|%:wheat prices rose by #|"
	 "l:# tonnes of maize are stuck in storage|$:the sales are worth #",
	 "Prices Climb|Farmers Worried|Shipping Lanes",
	 "Farmers load sacks of maize onto a truck|A combine harvester works a wheat field",
	 "the @Y grain terminal|the @C grain corridor"},
	{"central bank", S_ECON,
	 "Interest Rates|Rate Hike|Inflation|Central Bank|Currency Slide",
	 "interest rates|the rate hike|inflation|the currency|the bond markets|monetary policy|"
	 "the policy rate|consumer prices",
	 "raise interest rates|hold rates steady|cut the policy rate|defend the currency|"
	 "tighten monetary policy",
	 "@O raised its policy rate by half a point|the currency fell to a record low|"
	 "inflation eased for a second time|bond yields climbed",
	 "inflation remains too high|we stand ready to act|the worst is behind us",
	 "%:inflation reached #|%:the policy rate stands at #|$:reserves fell to #",
	 "Markets React|Inflation Outlook|Currency Pressure",
	 "A money changer counts banknotes|The central bank building",
	 "the @A currency crisis|the @O rate decision"},
	{"debt", S_ECON,
	 "Debt Talks|Bailout|Loan Programme|Debt Restructuring|Default",
	 "the debt talks|the bailout|the loan programme|the debt restructuring|the bondholders|"
	 "the austerity measures|the fuel subsidies",
	 "restructure its debt|secure a bailout|cut fuel subsidies|reach a deal with bondholders|"
	 "meet the conditions of the loan",
	 "the lenders approved the next tranche|@C missed a bond payment|"
	 "protesters rejected the austerity measures|talks with @O ended in a staff-level deal",
	 "we have no choice but to make hard decisions|the poor must not pay for this crisis|"
	 "the programme is on track",
	 "$:the loan is worth #|$:external debt stands at #|%:debt reached # of output",
	 "Austerity Bites|Bondholders|The Conditions",
	 "People queue outside a bank|The finance minister addresses a news conference",
	 "the @A bailout|the @C debt restructuring"},
	{"budget", S_ECON,
	 "Budget|Tax Reform|Spending Cuts|Deficit|Tax Rise",
	 "the budget|the tax reform|the spending cuts|the deficit|the value added tax|"
	 "public sector wages|the pension reform",
	 "pass the budget|raise the value added tax|cut public spending|freeze public sector wages|"
	 "reform the pension system",
	 "parliament approved the budget bill|the finance ministry revised its forecast|"
	 "unions rejected the pension reform|@O criticised the spending cuts",
	 "this budget protects working families|the numbers simply do not add up|"
	 "we inherited an empty treasury",
	 "$:the budget totals #|%:the deficit will narrow to #|%:the tax will rise to #",
	 "The Numbers|Winners and Losers|Opposition Response",
	 "The finance minister holds the budget case|Lawmakers debate the budget",
	 "the @A budget|the @A pension reform"},
	{"mining", S_ECON,
	 "Mining Licence|Lithium|Copper Mine|Critical Minerals|Royalties",
	 "the mining licence|lithium reserves|the copper mine|critical minerals|royalties|"
	 "the mining code|the processing plant",
	 "review the mining licences|raise royalties|build a processing plant|"
	 "nationalise the mine|ban exports of raw ore",
	 "@O suspended production at the mine|the government revoked a licence|"
	 "a landslide at the mine killed workers|villagers blocked the road to the mine",
	 "these minerals belong to the people|we want the processing done here|"
	 "investors need certainty",
	 "$:the project is worth #|l:# tonnes of copper were produced|%:royalties will rise to #|"
	 "m:# miners work at the site",
	 "Royalties Row|Villagers Protest|The Investors",
	 "Trucks carry ore at an open-pit mine|Miners finish a shift",
	 "the @B copper mine|the @Y lithium project"},
	{"oil", S_ENERGY,
	 "Oil Output|Crude Prices|Production Cuts|Oil Field|Refinery",
	 "oil output|crude prices|the production cuts|the oil field|the refinery|"
	 "the export terminal|fuel imports",
	 "cut oil output|raise production|reopen the refinery|boost exports|"
	 "sign the production sharing deal",
	 "producers agreed to extend the cuts|a fire shut the refinery|"
	 "crude prices jumped after the announcement|@O resumed pumping at the field",
	 "the market is well supplied|we will not flood the market|"
	 "our priority is stability",
	 "l:output fell by # barrels|%:crude prices rose by #|%:exports fell by #",
	 "Market Reaction|Supply Worries|The Producers",
	 "An oil tanker is moored at a terminal|Pumpjacks operate in an oil field",
	 "the @B oil field|the @Y refinery"},
	{"power cuts", S_ENERGY,
	 "Power Cuts|Blackouts|Electricity Grid|Power Rationing|Load Shedding",
	 "the power cuts|the blackouts|the electricity grid|power rationing|load shedding|"
	 "the ageing power plants|electricity tariffs",
	 "end the power cuts|import electricity from @D|repair the power plants|"
	 "raise electricity tariffs|upgrade the grid",
	 "a fault at the main plant plunged the capital into darkness|@O announced rolling "
	 "blackouts|businesses switched to diesel generators|protesters blocked roads over the outages",
	 "we cannot run a business without power|the grid needs investment we do not have|"
	 "the cuts will end soon",
	 "s:households go without power for # hours|m:the shortfall is # megawatts|"
	 "$:repairs will cost #|%:tariffs will rise by #",
	 "Businesses Suffer|The Grid|Generators Roar",
	 "A street stands in darkness during a power cut|Workers repair power lines",
	 "the @A power crisis|the @Y power plant"},
	{"renewables", S_ENERGY,
	 "Solar Farm|Wind Power|Green Hydrogen|Renewable Energy|Clean Energy",
	 "the solar farm|wind power|green hydrogen|renewable energy|the clean energy target|"
	 "the battery storage|the auction for wind licences",
	 "build the solar farm|double wind capacity|invest in green hydrogen|"
	 "hold an auction for wind licences|close coal plants",
	 "@O won the contract for the solar farm|the auction drew record bids|"
	 "the government approved the wind project|local residents opposed the turbines",
	 "the sun is our greatest resource|this project will power a million homes|"
	 "the transition must be fair",
	 "m:the farm will produce # megawatts|$:the project will cost #|"
	 "%:renewables supply # of electricity|M:# homes will be powered",
	 "The Investors|Local Opposition|Targets",
	 "Solar panels at a power plant|Wind turbines on a hillside",
	 "the @Y solar farm|the @B wind project"},
	{"pipeline", S_ENERGY,
	 "Gas Pipeline|Gas Supplies|Transit Deal|Gas Prices|Pipeline Blast",
	 "the gas pipeline|gas supplies|the transit deal|gas prices|the storage sites|"
	 "the liquefied natural gas terminal",
	 "sign the transit deal|restore gas supplies|fill the storage sites|"
	 "build a gas terminal|cut gas flows",
	 "gas flows through the pipeline stopped|@O declared force majeure|"
	 "an explosion damaged the pipeline|prices jumped on the news",
	 "gas must never be used as a weapon|we have enough in storage|"
	 "we are a reliable supplier",
	 "M:# cubic metres flow through each hour|%:storage is # full|$:the pipeline cost #",
	 "Supply Fears|The Transit Deal|Prices",
	 "Workers inspect a section of pipeline|A gas terminal at the coast",
	 "the @B pipeline|the @C-@D gas transit deal"},
	{"shipping", S_TRANSPORT,
	 "Port Congestion|Shipping Lanes|Freight Rates|Container Ships|Canal",
	 "port congestion|the shipping lanes|freight rates|the container ships|the canal|"
	 "the insurance premiums|the port expansion",
	 "reroute the container ships|expand the port|reopen the shipping lanes|"
	 "cut port fees|escort merchant vessels",
	 "ships queued outside the port|insurers raised premiums|@O diverted its vessels|"
	 "a cargo ship ran aground in the canal",
	 "every delay costs us money|the port is the heart of our economy|"
	 "we cannot ask our crews to take that risk",
	 "s:# ships are waiting to unload|%:freight rates rose by #|m:# containers are delayed|"
	 "$:the expansion will cost #",
	 "Ships Wait|Insurers|Detours",
	 "Container ships wait outside the port|Cranes unload containers",
	 "the @Y port expansion|the @B canal crossing"},
	{"rail", S_TRANSPORT,
	 "Railway Project|High-Speed Rail|Train Crash|Rail Link|Metro Line",
	 "the railway project|the high-speed line|the train crash|the rail link|the metro line|"
	 "the construction loan|the signalling system",
	 "complete the rail link|open the metro line|investigate the crash|"
	 "renegotiate the construction loan|upgrade the signalling system",
	 "two trains collided outside @Y|@O won the contract|the project fell behind schedule|"
	 "passengers were stranded for hours",
	 "this line will change people's lives|we want answers, not excuses|"
	 "safety is our first priority",
	 "m:the line runs # kilometres|$:the project will cost #|s:# people were killed|"
	 "l:# passengers use the line",
	 "The Contract|Safety Questions|Delays",
	 "Rescuers work at the scene of a train crash|A train at the new station",
	 "the @Y rail link|the @C-@D railway"},
	{"aviation", S_TRANSPORT,
	 "Airline|Plane Crash|Air Safety|Airport Expansion|Flight Bans",
	 "the airline|the crash|air safety|the airport expansion|the flight ban|"
	 "the black boxes|the fleet of jets",
	 "ground the fleet|recover the black boxes|lift the flight ban|expand the airport|"
	 "buy new jets",
	 "a passenger jet crashed shortly after take-off|@O grounded its fleet|investigators "
	 "recovered the flight recorders|the regulator suspended the licence",
	 "our thoughts are with the families|we will find out what happened|"
	 "flying is still safe",
	 "m:# passengers were on board|s:# jets were grounded|$:the expansion will cost #",
	 "The Investigation|Families Wait|The Fleet",
	 "Investigators at the crash site|A passenger jet at the gate",
	 "the @B flight crash|the @Y airport expansion"},
	{"fuel protests", S_LABOUR,
	 "Fuel Protests|Price Rises|Tear Gas|Curfew|General Strike",
	 "the fuel protests|the price rises|the curfew|the general strike|the fuel subsidy|"
	 "the demonstrators|the police crackdown",
	 "reverse the fuel price rise|lift the curfew|release the detained protesters|"
	 "restore the fuel subsidy|open talks with the protest leaders",
	 "police fired tear gas at demonstrators|shops stayed shut in @Y|"
	 "protesters set up roadblocks|@O called a general strike",
	 "we cannot feed our families|the police will protect property|"
	 "the government must listen to the street",
	 "l:# people joined the protests|s:# people were killed|m:# people were arrested|"
	 "%:fuel prices rose by #",
	 "Streets Empty|The Subsidy|Arrests",
	 "Protesters burn tyres on a road|Riot police stand guard",
	 "the @A fuel protests"},
	{"strikes", S_LABOUR,
	 "Strike|Wage Talks|Walkout|Dock Strike|Pay Deal",
	 "the strike|the wage talks|the walkout|the pay deal|the minimum wage|"
	 "working conditions|the picket lines",
	 "end the strike|raise the minimum wage|sign the pay deal|improve working conditions|"
	 "return to the negotiating table",
	 "workers walked off the job|the union rejected the offer|@O called off the strike|"
	 "picket lines went up outside the factories",
	 "we are not asking for the moon|the offer is final|our members are angry",
	 "l:# workers joined the strike|%:the union wants a # rise|$:the strike has cost #",
	 "The Offer|On the Picket Line|Disruption",
	 "Workers march during a strike|Strikers gather outside a factory",
	 "the @O strike|the @A minimum wage talks"},
	{"football", S_SPORT,
	 "Cup Final|Title Race|Coach Sacked|Transfer|Qualifier",
	 "the cup final|the title race|the qualifier|the transfer|the penalty shootout|"
	 "the stadium|the league",
	 "win the title|reach the final|sign the striker|appeal the ban|"
	 "rebuild the squad",
	 "@O beat its rivals in a penalty shootout|the coach was sacked after a heavy defeat|"
	 "fans invaded the pitch|the striker scored twice",
	 "we played with heart and we deserved it|it is a painful result|"
	 "this club is my family",
	 "l:# fans watched the match|$:the transfer fee was #|s:the team won # games in a row",
	 "Fans React|The Coach|What Next",
	 "Players celebrate a goal|Fans cheer in the stadium",
	 "the @Y cup final|the @A title race"},
	{"athletics", S_SPORT,
	 "Doping Ban|Marathon|World Record|Athletics Championships|Medal",
	 "the doping ban|the marathon|the world record|the championships|the drug test|"
	 "the appeal to the sports court|the medal",
	 "appeal the ban|break the world record|strip the medal|test every athlete|"
	 "compete at the championships",
	 "the runner failed a drug test|she broke the world record|@O suspended the athlete|"
	 "the court upheld the ban",
	 "I have never taken anything|this record is for my country|"
	 "clean athletes deserve better",
	 "s:the team won # medals|s:the ban covers # races|m:# athletes were tested",
	 "The Appeal|A Record|Clean Sport",
	 "Runners compete in the marathon|An athlete celebrates after the race",
	 "the @P doping case|the @Y marathon"},
	{"film festival", S_CULTURE,
	 "Film Festival|Top Prize|Premiere|Censorship|Box Office",
	 "the film festival|the top prize|the premiere|the censors|the box office|"
	 "the jury|the red carpet",
	 "award the top prize|ban the film|screen the film at home|lift the censorship|"
	 "open the festival",
	 "the film won the top prize|censors banned the film at home|"
	 "@O withdrew the film from competition|the jury praised the director",
	 "cinema must be free|this prize belongs to my crew|we made this film for our people",
	 "s:# films are in competition|$:the film earned #|m:# people attended the premiere",
	 "The Jury|Censorship Row|Reviews",
	 "The director poses on the red carpet|Actors arrive for the premiere",
	 "the @Y film festival"},
	{"heritage", S_CULTURE,
	 "Looted Artefacts|Museum|Repatriation|Heritage Site|Ancient Ruins",
	 "the looted artefacts|the museum|the repatriation|the heritage site|the ruins|"
	 "the bronze statues|the excavation",
	 "return the looted artefacts|restore the heritage site|open the new museum|"
	 "protect the ruins|list the site as protected",
	 "the museum agreed to return the statues|archaeologists uncovered a tomb|"
	 "@O signed the handover|looters damaged the ruins",
	 "these objects are our history|we are righting an old wrong|"
	 "the world must protect this site",
	 "s:# statues will be returned|m:# artefacts were looted|$:restoration will cost #",
	 "The Handover|Excavation|History",
	 "Visitors look at artefacts in a museum|Archaeologists work at the site",
	 "the @B bronzes|the @Y heritage site"},
	{"cyberattack", S_TECH,
	 "Cyberattack|Data Breach|Ransomware|Hackers|Outage",
	 "the cyberattack|the data breach|the ransomware|the hackers|the outage|"
	 "the stolen records|the ransom demand",
	 "restore the systems|refuse to pay the ransom|notify the victims|"
	 "trace the hackers|tighten security rules",
	 "hackers encrypted the hospital's systems|@O admitted a data breach|"
	 "the outage grounded flights|investigators blamed a group linked to @D",
	 "we will not pay criminals|the data of citizens is safe|this was a sophisticated attack",
	 "M:# records were stolen|$:the hackers demanded #|m:# systems were hit",
	 "The Hackers|Victims|Security Gaps",
	 "A screen shows a ransom message|Technicians work in a data centre",
	 "the @O data breach|the @Y ransomware attack"},
	{"tech regulation", S_TECH,
	 "Data Privacy|Tech Regulation|Antitrust Fine|Platform Ban|Digital Tax",
	 "the privacy law|the antitrust case|the fine|the platform ban|the digital tax|"
	 "the content rules|the app",
	 "fine the company|ban the app|pass the privacy law|impose a digital tax|"
	 "open an antitrust inquiry",
	 "the regulator fined @O|the government blocked the app|"
	 "the company said it would appeal|lawmakers passed the privacy bill",
	 "no company is too big for the rules|we comply with the law in every country|"
	 "users deserve control of their data",
	 "$:the fine totals #|M:the app has # users|%:the tax is # of revenue",
	 "The Fine|The Appeal|Users",
	 "The company logo on an office building|A phone displays the app",
	 "the @O antitrust case|the @A privacy law"},
	{"space", S_TECH,
	 "Rocket Launch|Satellite|Moon Mission|Space Agency|Launch Failure",
	 "the rocket launch|the satellite|the moon mission|the space agency|the launch pad|"
	 "the lunar lander|the orbit",
	 "launch the satellite|land on the moon|test the rocket|build a launch pad|"
	 "join the lunar programme",
	 "the rocket lifted off from the coast|the lander lost contact|"
	 "@O signed a launch contract|the satellite reached orbit",
	 "this is a proud moment for our country|we learn from every failure|"
	 "space is for everyone",
	 "$:the mission cost #|m:the satellite weighs # kilograms|m:the orbit is # kilometres high",
	 "The Mission|The Rocket|Ambitions",
	 "A rocket lifts off|Engineers watch the launch in a control room",
	 "the @B lunar mission|the @A satellite launch"},
	{"fisheries", S_ENV,
	 "Fishing Rights|Fish Stocks|Fishing Ban|Trawlers|Catch Quotas",
	 "the fishing rights|fish stocks|the fishing ban|the trawlers|the catch quotas|"
	 "illegal fishing|the fishing licences",
	 "cut the catch quotas|ban bottom trawling|seize illegal trawlers|renew the fishing licences|"
	 "protect the breeding grounds",
	 "the navy seized a foreign trawler|fishermen blocked the harbour|"
	 "@O warned that stocks were collapsing|the two sides agreed new quotas",
	 "there are no fish left for us|the quotas are based on science|"
	 "foreign trawlers are stealing our fish",
	 "l:# tonnes of fish were caught|%:stocks fell by #|s:# trawlers were seized",
	 "Stocks Collapse|Fishermen Angry|The Quotas",
	 "Fishermen mend their nets|Trawlers moored in the harbour",
	 "the @C-@D fishing dispute|the @Y fishing ban"},
	{"dam", S_ENV,
	 "Dam Dispute|River Talks|Water Sharing|Hydropower Dam|Reservoir",
	 "the dam|the river talks|the water sharing agreement|the hydropower plant|the reservoir|"
	 "the flow of the river|the filling of the reservoir",
	 "fill the reservoir|share the river water|sign the water sharing agreement|"
	 "halt the filling|refer the dispute to mediators",
	 "@C began filling the reservoir|talks in @Y collapsed|@D warned of the impact on its "
	 "farmers|engineers completed the turbines",
	 "the river is our lifeline|this dam will bring light to millions|"
	 "we will not accept a threat to our water",
	 "M:the reservoir holds # cubic metres|m:the dam will produce # megawatts|"
	 "$:the dam cost #",
	 "Downstream Fears|The Talks|Power for Millions",
	 "The dam under construction|Farmers irrigate fields along the river",
	 "the @B dam|the @Y hydropower plant"},
};
