// The live-desk demo: buttons that change the first widget's article, as a
// live blog or a single-page site would. The second article is editable.
const UPDATES = [
  '“If the city does not answer by Thursday, we will extend the strike,” Petrak warned.',
  'The transport office said it would publish a new rota next week.',
  'Mayor Ilse Varga said the council refused to reopen the contract.',
];

const updates = document.getElementById('live-updates');
let added = 0;

document.getElementById('add-update').addEventListener('click', () => {
  const paragraph = document.createElement('p');
  paragraph.textContent = UPDATES[added % UPDATES.length];
  added += 1;
  updates.append(paragraph);
});

document.getElementById('edit-first').addEventListener('click', () => {
  const first = updates.querySelector('p');
  first.textContent = '“We refuse to drive the night trams,” said Jonas Petrak, the drivers\' spokesman.';
});
