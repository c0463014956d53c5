// An invented news article written for this project: the people, places and
// organisations are fictitious. It exercises what the annotator looks for:
// curly, straight and British single quotation marks; "said X" and "X said";
// a title plus name, a later surname and pronouns; an unnamed source; a group;
// reported speech; and red lines (non-negotiable, will not accept,
// unless ... by Friday, If they strike, we will ..., red line).
export const EXAMPLE_ARTICLE = `Korvell port talks stall as minister sets Friday deadline

KORVELL — Talks to end a three-week standoff at the port of Korvell broke up without agreement on Tuesday, as the government and dock workers traded warnings over pay, automation and the future of the city's oldest harbour.

Harbour Minister Ines Valdmaa said the port would reopen to container traffic next week, with or without a deal. “The safety of the quays is non-negotiable,” Valdmaa told reporters outside the ministry. “We will not accept a situation where ships wait at anchor for a month while families wait for medicine.”

She gave the union a clear deadline. "Unless the pickets are lifted by Friday, the ministry will bring in crews from the northern terminals," she said.

The Dock and Harbour Workers' Union, which represents about 4,000 workers, rejected the ultimatum within the hour. Union leaders said the automation plan would cut a third of the jobs on the quays and that no agreement was possible while the plan stayed on the table.

“Replacing our members with machines is a red line for us,” said Teodor Brask, the union's general secretary. “We have said it in every meeting since March, and we will say it again on Friday.”

Brask, a former crane operator who joined the union at nineteen, said workers were ready to return “the moment the ministry puts the plan in a drawer”. He added that the union would consider a mediator, but only one chosen by both sides.

A senior official at the ministry, who asked not to be named because the talks were private, said the government had offered a two-year freeze on new machinery. ‘We have moved further than anyone expected, and the union knows it,’ the official said.

Shipping companies have grown impatient. Marta Ollendorf, who chairs the Korvell Shippers' Association, said the delays had cost its members more than 40 million crowns. "If they strike, we will move our routes to Saltmere for good," Ollendorf warned. "Nobody wants that, but we cannot keep paying for ships that do not move."

The warning drew a sharp reply from the union. "Threats from shipowners will not change a single vote," Brask said in a statement on Tuesday evening.

Saltmere's mayor, Jonas Pirrik, welcomed the interest but urged calm. "Our port is not a weapon in someone else's dispute," Pirrik said. He said the city council would never turn away ships in distress but had no plan to court Korvell's customers.

Residents of the harbour district, where many families have worked on the docks for generations, are split. At a meeting in the old customs hall on Monday, some speakers called for the strike to end, while others cheered when a retired welder said the automation plan "would turn the harbour into a car park with cranes".

Valdmaa is due to meet the union again on Thursday. Asked whether the Friday deadline could slip, she shook her head. “I have been very clear,” she said. “Friday is Friday.”

Economists warn that a long closure could push up prices across the region. Lena Marsk, an analyst at the Estmark Institute for Trade, said the strike had already delayed deliveries of grain and fuel to the islands. She said a deal was still likely, because “both sides have more to lose than to win”.
`;
